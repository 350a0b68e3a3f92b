#pragma once

#include "Credentials.h"
#include "Profile.h"
#include "SubmitResult.h"

#include <QObject>
#include <QPointer>

namespace sx {

class CallOperation;
class SchedulerXClient;

/** Signs and sends one harmless call (ListNamespaces in the profile's region) with a profile's endpoint, signature,
 *  timeouts and credentials, and words the answer for the operator. One test at a time. */
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        bool connected = false;
        int namespaceCount = -1; // -1 when the answer held no list
        QString summary; // translated, one or two sentences; never holds a secret
        QString details; // translated: the service's code, message and RequestId, when there was an answer
    };

    explicit ConnectionTest(QObject* parent = nullptr);

    bool isRunning() const;
    // Starts the call; false (and nothing starts) while another is running.
    bool start(const Profile& profile, const Credentials& credentials);

    static Report describe(const SubmitResult& result);

Q_SIGNALS:
    void finished(const sx::ConnectionTest::Report& report);

private:
    SchedulerXClient* m_client;
    QPointer<CallOperation> m_operation;
};

} // namespace sx
