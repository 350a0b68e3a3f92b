// Rules for what a job runs: ClassName, Content, the HTTP attribute, XAttrs.
#include "JobKinds.h"
#include "ValidatorCollector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace sx {

namespace {

std::optional<QJsonObject> jsonObject(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool isFormEncoded(const QString& text)
{
    // k1=v1&k2=v2: every pair has a non-empty key and exactly one '='.
    static const QRegularExpression pair(QStringLiteral("^[^=&]+=[^=&]*$"));
    for (const QString& part : text.split('&')) {
        if (!pair.match(part).hasMatch())
            return false;
    }
    return true;
}

} // namespace

void Validator::checkContent(const Job& job, Collector& out)
{
    const QString jobType = job.text(Param::JobType);
    const QString className = job.text(Param::ClassName).trimmed();
    if (jobType == "java") {
        static const QRegularExpression javaName(
            QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$"));
        if (className.isEmpty()) {
            out.error(Param::ClassName, "className.required",
                      tr("A java job needs ClassName, the full name of its processor class."));
        } else if (!javaName.match(className).hasMatch()) {
            out.error(Param::ClassName, "className.format",
                      tr("ClassName \"%1\" is not a Java class name such as com.example.HelloJob.").arg(className));
        }
    } else if (!className.isEmpty() && !jobType.isEmpty()) {
        out.warning(Param::ClassName, "className.ignored",
                    tr("ClassName applies only to java jobs; it will not be sent."));
    }

    if (JobKinds::needsContent(jobType) && job.text(Param::Content).trimmed().isEmpty())
        out.error(Param::Content, "content.required", tr("A %1 job needs Content: the script to run.").arg(jobType));

    const QString xattrs = job.text(Param::XAttrs);
    if (jobType == "k8s") {
        const auto attrs = jsonObject(xattrs);
        if (xattrs.trimmed().isEmpty()) {
            out.error(Param::XAttrs, "xattrs.required",
                      tr("A k8s job needs XAttrs, e.g. {\"resource\":\"job\"} or "
                         "{\"image\":\"busybox\",\"resource\":\"shell\"}."));
        } else if (!attrs) {
            out.error(Param::XAttrs, "xattrs.json", tr("XAttrs must be a JSON object."));
        } else if (attrs->value("resource").toString().isEmpty()) {
            out.error(Param::XAttrs, "xattrs.resource",
                      tr("XAttrs of a k8s job needs \"resource\", e.g. \"job\" or \"shell\"."), "XAttrs.resource");
        }
    } else if (!xattrs.trimmed().isEmpty() && !jsonObject(xattrs)) {
        out.error(Param::XAttrs, "xattrs.json", tr("XAttrs must be a JSON object."));
    }

    if (jobType == "http")
        checkHttpContent(job, out);
}

void Validator::checkHttpContent(const Job& job, Collector& out)
{
    // The console's HttpAttribute, sent as JSON in Content (the seed's CreateHttpJob example).
    const QString content = job.text(Param::Content);
    if (content.trimmed().isEmpty()) {
        out.error(
            Param::Content, "http.content.required",
            tr("An http job needs Content: {\"url\": …, \"method\": \"GET\" or \"POST\", \"timeout\": seconds}."));
        return;
    }
    const auto attrs = jsonObject(content);
    if (!attrs) {
        out.error(Param::Content, "http.content.json", tr("Content of an http job must be a JSON object."));
        return;
    }
    const QString urlText = attrs->value("url").toString();
    const QUrl url(urlText, QUrl::StrictMode);
    if (urlText.isEmpty()) {
        out.error(Param::Content, "http.url.required", tr("The http job needs a URL."), "Content.url");
    } else if (!url.isValid() || (url.scheme() != "http" && url.scheme() != "https") || url.host().isEmpty()) {
        out.error(Param::Content, "http.url.format",
                  tr("The URL \"%1\" must start with http:// or https:// and name a host.").arg(urlText),
                  "Content.url");
    }
    const QString method = attrs->value("method").toString("GET");
    if (method != "GET" && method != "POST") {
        out.error(Param::Content, "http.method", tr("The HTTP method must be GET or POST, not \"%1\".").arg(method),
                  "Content.method");
    }
    const QJsonValue timeout = attrs->value("timeout");
    if (!timeout.isUndefined() &&
        (!timeout.isDouble() || timeout.toDouble() != std::floor(timeout.toDouble()) || timeout.toDouble() < 1)) {
        out.error(Param::Content, "http.timeout", tr("The HTTP timeout must be a whole number of seconds, 1 or more."),
                  "Content.timeout");
    }
    for (const char* key : {"respKey", "respValue", "cookie"}) {
        const QJsonValue v = attrs->value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString()) {
            out.error(Param::Content, "http.field.type", tr("\"%1\" must be a string.").arg(QLatin1String(key)),
                      QStringLiteral("Content.") + QLatin1String(key));
        }
    }
    if (attrs->value("respKey").toString().isEmpty() != attrs->value("respValue").toString().isEmpty()) {
        out.warning(Param::Content, "http.responseCheck",
                    tr("The response check needs both a key (respKey) and the value it must have (respValue)."),
                    "Content.respKey");
    }
    for (auto it = attrs->begin(); it != attrs->end(); ++it) {
        if (!QStringList {"url", "method", "timeout", "respKey", "respValue", "cookie"}.contains(it.key())) {
            out.warning(Param::Content, "http.field.unknown",
                        tr("\"%1\" is not a known HTTP job setting (url, method, timeout, respKey, respValue, cookie).")
                            .arg(it.key()),
                        QStringLiteral("Content.") + it.key());
        }
    }
    const QString parameters = job.text(Param::Parameters);
    if (method == "POST" && !parameters.isEmpty() && !isFormEncoded(parameters)) {
        out.error(Param::Parameters, "http.parameters.form",
                  tr("POST parameters must be written as key1=value1&key2=value2."));
    }
}

} // namespace sx
