#pragma once

class QPlainTextEdit;

namespace sx {

// The system's fixed-pitch font, tab stops of four spaces, no line wrapping: for scripts and YAML.
void makeMonospace(QPlainTextEdit* editor);

} // namespace sx
