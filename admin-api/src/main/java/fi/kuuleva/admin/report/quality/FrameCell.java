package fi.kuuleva.admin.report.quality;

import java.util.List;

/**
 * One combination of register fields in the sample (e.g. municipality, age band, language) with how many were
 * sampled and how many of them responded.
 */
public record FrameCell(List<String> levels, long sampled, long responded) {

    public FrameCell {
        levels = List.copyOf(levels);
        if (sampled < 0 || responded < 0 || responded > sampled) {
            throw new IllegalArgumentException(responded + " responded of " + sampled + " sampled in " + levels);
        }
    }
}
