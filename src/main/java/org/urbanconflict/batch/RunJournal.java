package org.urbanconflict.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The crash-safe record of a batch in progress, in {@code DIR/.journal/}. Each finished run appends its time series
 * as one gzip member to {@code timeseries.gz}, then one line to {@code runs.csv}: its index, the byte range of that
 * member, and its row. A line is only written after its member, so after a kill (even SIGKILL) the journal lists
 * exactly the runs whose data are complete; {@link #open} cuts a half-written tail back to the last complete line
 * and member, so resuming never repeats or duplicates a run. Costs one append of each file per run.
 */
public final class RunJournal implements AutoCloseable {
    private static final String DIRECTORY = ".journal";

    /** A journaled run: its index, where its time series member sits, and its row of runs.csv. */
    public record Entry(int run, long offset, long length, String row) {
    }

    private final Path directory;
    private final FileChannel series;
    private final FileChannel lines;
    private final List<Entry> entries;
    private String header;

    private RunJournal(Path directory, FileChannel series, FileChannel lines, List<Entry> entries, String header) {
        this.directory = directory;
        this.series = series;
        this.lines = lines;
        this.entries = entries;
        this.header = header;
    }

    /** Opens (creating if needed) the journal of a results folder, recovering from an interrupted write. */
    public static RunJournal open(Path resultsDir) throws IOException {
        Path dir = Files.createDirectories(resultsDir.resolve(DIRECTORY));
        Path linesFile = dir.resolve("runs.csv");
        Path seriesFile = dir.resolve("timeseries.gz");
        String text = Files.exists(linesFile) ? Files.readString(linesFile, StandardCharsets.UTF_8) : "";
        int complete = text.lastIndexOf('\n') + 1;
        String header = null;
        List<Entry> entries = new ArrayList<>();
        long seriesEnd = 0;
        for (String line : text.substring(0, complete).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (header == null) {
                header = line;
                continue;
            }
            String[] parts = line.split(",", 4);
            Entry e = new Entry(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                    parts[3]);
            entries.add(e);
            seriesEnd = Math.max(seriesEnd, e.offset() + e.length());
        }
        FileChannel lines = FileChannel.open(linesFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lines.truncate(complete);
        lines.position(complete);
        FileChannel series = FileChannel.open(seriesFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        series.truncate(seriesEnd);
        series.position(seriesEnd);
        return new RunJournal(dir, series, lines, entries, header);
    }

    /** Runs already journaled, in the order they finished. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The runs.csv header recorded with the first run, or null before any run. */
    public String header() {
        return header;
    }

    /**
     * Records a finished run; safe to call from several threads.
     *
     * @param header the runs.csv header, written with the first run and checked against later ones
     * @param seriesHeader the header of the long time series, saved with the first run
     * @param row    the run's runs.csv row
     * @param seriesMember its time series rows as a gzip member (see {@link #gzip}), possibly empty
     */
    public synchronized void append(String header, String seriesHeader, int run, String row, byte[] seriesMember)
            throws IOException {
        if (this.header == null) {
            Files.writeString(directory.resolve("timeseries-header.csv"), seriesHeader + "\n");
            this.header = header;
            write(lines, header + "\n");
        } else if (!this.header.equals(header)) {
            throw new IllegalStateException("run " + run + " has different columns from the runs already saved");
        }
        long offset = series.position();
        series.write(ByteBuffer.wrap(seriesMember));
        write(lines, run + "," + offset + "," + seriesMember.length + "," + row + "\n");
        entries.add(new Entry(run, offset, seriesMember.length, row));
    }

    private static void write(FileChannel channel, String text) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Copies the time series members of the given entries, in that order, to a stream. */
    public void copySeries(List<Entry> ordered, OutputStream out) throws IOException {
        for (Entry e : ordered) {
            out.write(readSeries(e));
        }
    }

    /** One run's gzip member. */
    public synchronized byte[] readSeries(Entry e) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) e.length());
        long position = e.offset();
        while (buffer.hasRemaining()) {
            int read = series.read(buffer, position);
            if (read < 0) {
                throw new IOException("journal time series ends before run " + e.run());
            }
            position += read;
        }
        return buffer.array();
    }

    /** The header of the long time series, saved with the first run. */
    public String seriesHeader() throws IOException {
        return Files.readString(directory.resolve("timeseries-header.csv")).strip();
    }

    /** The entries sorted by run index. */
    public List<Entry> byRun() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::run));
        return sorted;
    }

    /** Compresses text as one gzip member; Java writes a zero timestamp, so equal text gives equal bytes. */
    public static byte[] gzip(String text) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 4 + 64);
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        series.close();
        lines.close();
    }

    /**
     * Removes a results folder's journal, if it has one, without reading it. A batch calls this only once its manifest
     * says complete; until then the journal stays, so a batch stopped while writing its summary or charts finishes on
     * resume without running anything again.
     */
    public static void deleteIn(Path resultsDir) throws IOException {
        Path dir = resultsDir.resolve(DIRECTORY);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }
}
