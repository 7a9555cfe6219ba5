package org.ticktotrade.grader.build;

/** One compiler diagnostic, shown as an IDE would: {@code path:line: message}. */
public record CompileError(String file, long line, long column, String message, String sourceLine) {

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<no file>" : file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": error: ").append(message);
        if (sourceLine != null && !sourceLine.isBlank()) {
            sb.append("\n    ").append(sourceLine.strip());
        }
        return sb.toString();
    }
}
