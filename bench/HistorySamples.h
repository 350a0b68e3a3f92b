#pragma once

#include <QStringList>

// The names the history benchmarks fill their databases with: teams, tasks (two in Chinese) and namespaces.
namespace sx::bench {

const QStringList Teams = {"billing", "reports", "search", "payments", "ops", "crm", "etl", "ads", "risk", "user"};
const QStringList Tasks = {"nightly-export", "hourly-sync", "cleanup", "reconcile", "daily-report", "reindex",
                           "archive",        "notify",      "rollup",  "backfill",  "每日报表",     "数据同步"};
const QStringList Namespaces = {"4a06d5ea-f576-4326-842c-fb14ea043d8d", "a0e3ffd7-xxxx-prod", "test-ns", "staging-ns"};

} // namespace sx::bench
