#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace gongkai::bench {

/// Runs fn `runs` times and returns the median wall time in milliseconds.
template <typename Fn>
double medianMs(int runs, Fn&& fn)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace gongkai::bench
