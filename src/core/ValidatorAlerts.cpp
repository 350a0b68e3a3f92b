// Rules for alerts: SendChannel, ContactInfo, and whether anyone can receive an alert.
#include "JobKinds.h"
#include "ValidatorCollector.h"

#include <QRegularExpression>
#include <QUrl>

namespace sx {

void Validator::checkAlerts(const Job& job, Collector& out)
{
    QStringList channels;
    if (job.has(Param::SendChannel) || job.flag(Param::TimeoutEnable) || job.flag(Param::FailEnable) ||
        job.flag(Param::MissWorkerEnable) || job.flag(Param::SuccessNoticeEnable)) {
        for (const QString& raw : job.text(Param::SendChannel).split(',')) {
            const QString channel = JobKinds::canonicalSendChannel(raw);
            if (!JobKinds::sendChannels().contains(channel)) {
                out.error(
                    Param::SendChannel, "sendChannel.unknown",
                    tr("SendChannel \"%1\" is not one of sms, mail, phone, webhook (joined by commas, no spaces).")
                        .arg(raw));
            } else if (channels.contains(channel)) {
                out.warning(Param::SendChannel, "sendChannel.duplicate",
                            tr("SendChannel names \"%1\" twice.").arg(channel));
            } else {
                channels.append(channel);
            }
        }
    }

    static const QRegularExpression mail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 -]{4,19}$"));
    bool canReceive = false;
    const ContactList& contacts = job.contacts();
    for (int i = 0; i < contacts.size(); ++i) {
        const Contact& c = contacts[i];
        const QString at = QStringLiteral("ContactInfo[%1].").arg(i + 1);
        if (c.isEmpty()) {
            out.warning(Param::ContactInfo, "contact.empty", tr("Contact %1 is empty and will not be sent.").arg(i + 1),
                        at.chopped(1));
            continue;
        }
        if (c.userName.trimmed().isEmpty()) {
            out.warning(Param::ContactInfo, "contact.name", tr("Contact %1 has no name.").arg(i + 1), at + "UserName");
        }
        if (!c.userMail.isEmpty() && !mail.match(c.userMail).hasMatch()) {
            out.error(Param::ContactInfo, "contact.mail",
                      tr("Contact %1: \"%2\" is not an e-mail address.").arg(i + 1).arg(c.userMail), at + "UserMail");
        }
        if (!c.userPhone.isEmpty() && !phone.match(c.userPhone).hasMatch()) {
            out.error(Param::ContactInfo, "contact.phone",
                      tr("Contact %1: \"%2\" is not a phone number (digits, optionally + and -).")
                          .arg(i + 1)
                          .arg(c.userPhone),
                      at + "UserPhone");
        }
        const QUrl ding(c.ding, QUrl::StrictMode);
        if (!c.ding.isEmpty() && (!ding.isValid() || ding.scheme() != "https" || ding.host().isEmpty())) {
            out.error(Param::ContactInfo, "contact.webhook",
                      tr("Contact %1: the webhook must be an https:// URL.").arg(i + 1), at + "Ding");
        }
        canReceive = canReceive ||
            (!c.userPhone.isEmpty() && (channels.contains("sms") || channels.contains("phone"))) ||
            (!c.userMail.isEmpty() && channels.contains("mail")) || (!c.ding.isEmpty() && channels.contains("webhook"));
    }

    const bool alerting = job.flag(Param::TimeoutEnable) || job.flag(Param::FailEnable) ||
        job.flag(Param::MissWorkerEnable) || job.flag(Param::SuccessNoticeEnable);
    if (alerting && !canReceive) {
        out.warning(Param::ContactInfo, "alert.noRecipient",
                    tr("Alerts are on, but no contact can receive them on %1: add a phone for sms or phone, an e-mail "
                       "for mail, "
                       "or a webhook for webhook.")
                        .arg(channels.join(", ")));
    }
    if (job.has(Param::FailTimes) && !job.flag(Param::FailEnable)) {
        out.warning(Param::FailTimes, "failTimes.unused",
                    tr("FailTimes has effect only when FailEnable (alert on failure) is on."));
    }
}

} // namespace sx
