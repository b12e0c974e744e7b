#pragma once

#include <QString>

class QChartView;

namespace fv {

// A chart read as its table: the chart view is named by the chart's title and described by its
// figures, series by series ("Received: Jun 2026 3, Jul 2026 1, …"), for a screen reader; the
// view takes the Tab focus so that a keyboard user reaches it.
void describeChart(QChartView *view);

} // namespace fv
