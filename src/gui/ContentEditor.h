#pragma once

#include "Job.h"
#include "JobKinds.h"
#include "Problem.h"

#include <QWidget>

namespace sx {

// Where a job type's content is edited: a java job's class name, or one of the content editors.
enum class ContentKind { ClassName, Script, Http, K8s, Other };

inline ContentKind contentKindFor(const QString& jobType)
{
    if (jobType == QLatin1String("java"))
        return ContentKind::ClassName;
    if (JobKinds::isScriptType(jobType))
        return ContentKind::Script;
    if (jobType == QLatin1String("http"))
        return ContentKind::Http;
    if (jobType == QLatin1String("k8s"))
        return ContentKind::K8s;
    return ContentKind::Other;
}

/** The "Job content" page of one kind of job type (script, http, k8s, the others): the composer makes each
 *  when its type is first chosen, so a start-up builds only the page it shows. */
class ContentEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Shows what the job holds for this page; a job of another type empties it. Emits nothing.
    virtual void load(const Job& job) = 0;
    // Sets Content (and what else the page holds) for a job of the page's type.
    virtual void store(Job& job) const = 0;
    // The field a problem with Content or XAttrs is about.
    virtual QWidget* widgetFor(const Problem& problem) const = 0;
    // The job type chosen, for pages that word their hints by it.
    virtual void setJobType(const QString& jobType)
    {
        Q_UNUSED(jobType)
    }

Q_SIGNALS:
    void changed();
};

} // namespace sx
