package fi.kuuleva.admin.report.export;

/** One file of a scheduled export: its name and its text. */
public record ExportFile(String name, String content) {
}
