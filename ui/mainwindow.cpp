#include "mainwindow.h"

namespace gongkai::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {}

} // namespace gongkai::ui
