package org.ticktotrade.grader.learner;

/** Word-wraps prose for the terminal, so a long prompt breaks between words, not inside them. */
final class TextWrap {

    private TextWrap() {}

    /**
     * @param width   the columns available; 0 or less leaves the text as it is (pipes, files)
     * @param first   what the first line starts with (e.g. {@code "  A) "})
     * @param hanging what every later line starts with (e.g. {@code "     "})
     */
    static String wrap(String text, int width, String first, String hanging) {
        if (width <= 0) {
            return first + text.replace("\n", "\n" + hanging);
        }
        StringBuilder out = new StringBuilder();
        String prefix = first;
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder(prefix);
            int empty = prefix.length();
            for (String word : paragraph.split(" ")) {
                if (line.length() > empty && line.length() + 1 + word.length() > width) {
                    out.append(line).append('\n');
                    line = new StringBuilder(hanging);
                    empty = hanging.length();
                }
                if (line.length() > empty) {
                    line.append(' ');
                }
                line.append(word);
            }
            out.append(line).append('\n');
            prefix = hanging;
        }
        return out.substring(0, out.length() - 1);
    }
}
