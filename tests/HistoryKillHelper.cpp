// A child for TestHistoryKill: records a pending attempt, says so, then keeps writing until it is killed,
// like a submit interrupted mid-request while the history is busy.
#include "HistoryStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: HistoryKillHelper DATABASE\n");
        return 1;
    }
    sx::HistoryStore store(QString::fromLocal8Bit(argv[1]));
    sx::HistoryAttempt attempt;
    attempt.endpoint = "http://127.0.0.1:1";
    attempt.job.set(sx::Param::Name, "killed-mid-request");
    QString error;
    const auto id = store.begin(attempt, &error);
    if (!id) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    std::printf("pending %lld\n", static_cast<long long>(*id));
    std::fflush(stdout);
    sx::SubmitResult result;
    result.outcome = sx::Outcome::Created;
    result.responseBody = QByteArray(4096, 'x');
    for (int i = 0;; ++i) {
        attempt.job.set(sx::Param::Name, QStringLiteral("churn-%1").arg(i));
        if (const auto churn = store.begin(attempt))
            store.complete(*churn, result);
    }
}
