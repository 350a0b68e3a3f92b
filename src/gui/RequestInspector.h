#pragma once

#include "SubmitResult.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class RequestInspector;
}

namespace sx {

/** Shows the exact signed request — as sent, or as it would be sent — and the same call as an aliyun CLI
 *  command. The secret is never part of a request; the security token is redacted by SignedRequest. */
class RequestInspector : public QDialog
{
    Q_OBJECT

public:
    explicit RequestInspector(QWidget* parent = nullptr);
    ~RequestInspector() override;

    // origin: one sentence saying whether this was sent (and when) or only signed now.
    void showRequest(const SignedRequest& request, const QString& aliyunCommand, const QString& origin);
    QString requestText() const;
    QString aliyunCommand() const;

private:
    const QScopedPointer<Ui::RequestInspector> m_ui;
};

} // namespace sx
