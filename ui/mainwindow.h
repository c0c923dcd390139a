#pragma once

#include <QMainWindow>

namespace gongkai::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace gongkai::ui
