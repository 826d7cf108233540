package fi.kuuleva.campaign.respondents;

import java.util.Arrays;

/** Turns a character position in the text into a line number from 1 (\n, \r\n and a lone \r end a line). */
final class LineIndex {
    private final int[] starts;

    private LineIndex(int[] starts) {
        this.starts = starts;
    }

    static LineIndex of(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count));
    }

    int lineOf(long position) {
        int found = Arrays.binarySearch(starts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
