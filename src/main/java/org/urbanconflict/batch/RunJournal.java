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
 * as one gzip member to {@code timeseries.gz}, then one line to {@code runs.csv}: its index, the byte range and CRC-32
 * of that member, and its row, the whole line ending in its own CRC-32. The first two lines hold the runs.csv and time
 * series headers, checksummed the same way. Both files are fsynced every {@link #SYNC_EVERY} runs and on close, so a
 * power cut loses at most that many runs.
 *
 * <p>{@link #open} checks everything it keeps (see {@link JournalCheck}): a line that fails its checksum, repeats a
 * run, names a run outside the job or points at a damaged member is dropped, and its run is made again; the journal
 * is then rewritten (to a temporary file, fsynced, renamed) with only what passed. So resuming never repeats,
 * duplicates or trusts a damaged run, and a damaged journal ends in the same folder as an undamaged one.
 */
public final class RunJournal implements AutoCloseable {
    private static final String DIRECTORY = ".journal";
    /** Runs between two fsyncs of the journal: an fsync per run would cost more than a short run itself. */
    static final int SYNC_EVERY = 32;

    /** A journaled run: its index, where its time series member sits, and its row of runs.csv. */
    public record Entry(int run, long offset, long length, String row) {
    }

    private final Path directory;
    private final FileChannel series;
    private final FileChannel lines;
    private final List<Entry> entries;
    private final List<String> dropped;
    private String header;
    private String seriesHeader;
    private int unsynced;

    private RunJournal(Path directory, FileChannel series, FileChannel lines, JournalCheck.Result checked) {
        this.directory = directory;
        this.series = series;
        this.lines = lines;
        this.entries = new ArrayList<>(checked.entries());
        this.dropped = checked.dropped();
        this.header = checked.header();
        this.seriesHeader = checked.seriesHeader();
    }

    /** Opens (creating if needed) the journal of a results folder, keeping only runs that pass every check. */
    public static RunJournal open(Path resultsDir) throws IOException {
        return open(resultsDir, 0, Integer.MAX_VALUE);
    }

    /**
     * Opens the journal of a job that makes runs {@code firstRun} to {@code lastRun}: a journaled run outside that
     * range is dropped like any other damage.
     */
    public static RunJournal open(Path resultsDir, int firstRun, int lastRun) throws IOException {
        Path dir = Files.createDirectories(resultsDir.resolve(DIRECTORY));
        Path linesFile = dir.resolve("runs.csv");
        Path seriesFile = dir.resolve("timeseries.gz");
        JournalCheck.Result checked = JournalCheck.read(linesFile, seriesFile, firstRun, lastRun);
        if (!checked.dropped().isEmpty()) {
            rewrite(linesFile, checked);
        }
        FileChannel lines = FileChannel.open(linesFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lines.position(lines.size());
        FileChannel series = FileChannel.open(seriesFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        series.truncate(checked.seriesEnd());
        series.position(checked.seriesEnd());
        return new RunJournal(dir, series, lines, checked);
    }

    /** Replaces the lines file by the lines that passed, atomically, so a kill during the repair loses nothing. */
    private static void rewrite(Path linesFile, JournalCheck.Result checked) throws IOException {
        RunFiles.atomically(linesFile, out -> {
            if (checked.seriesHeader() != null) {
                out.write(JournalCheck.line(JournalCheck.RUNS_HEADER + "," + checked.header()));
                out.write(JournalCheck.line(JournalCheck.SERIES_HEADER + "," + checked.seriesHeader()));
            }
            for (int i = 0; i < checked.entries().size(); i++) {
                out.write(entryLine(checked.entries().get(i), checked.memberCrcs().get(i)));
            }
        });
    }

    private static String entryLine(Entry e, long memberCrc) {
        return JournalCheck.line(e.run() + "," + e.offset() + "," + e.length() + "," + JournalCheck.hex(memberCrc)
                + "," + e.row());
    }

    /**
     * What opening the journal dropped, one reason a line ("line 7 (run 5) fails its checksum"), so a resume can say
     * which runs it makes again and why; empty for an intact journal.
     */
    public List<String> dropped() {
        return List.copyOf(dropped);
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
            this.header = header;
            this.seriesHeader = seriesHeader;
            write(lines, JournalCheck.line(JournalCheck.RUNS_HEADER + "," + header));
            write(lines, JournalCheck.line(JournalCheck.SERIES_HEADER + "," + seriesHeader));
        } else if (!this.header.equals(header)) {
            throw new ColumnsChanged(directory.getParent(), run);
        }
        long offset = series.position();
        ByteBuffer member = ByteBuffer.wrap(seriesMember);
        while (member.hasRemaining()) {
            series.write(member);
        }
        Entry entry = new Entry(run, offset, seriesMember.length, row);
        write(lines, entryLine(entry, JournalCheck.crc(seriesMember)));
        entries.add(entry);
        if (++unsynced >= SYNC_EVERY) {
            sync();
        }
    }

    /** Forces both files to disk: the members first, so a synced line never points at unsynced data. */
    public synchronized void sync() throws IOException {
        series.force(false);
        lines.force(false);
        unsynced = 0;
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

    /** The header of the long time series, saved with the first run, or null before any run. */
    public String seriesHeader() throws IOException {
        return seriesHeader;
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
        if (series.isOpen()) {
            sync();
        }
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

    /**
     * A run whose runs.csv columns differ from those of the runs already journaled: the folder was begun by a version
     * of the tool whose model reports other metrics, so its runs cannot share one table. Resuming cannot mend that;
     * the message says to start a new folder.
     */
    public static final class ColumnsChanged extends IOException {
        private static final long serialVersionUID = 1L;

        ColumnsChanged(Path resultsDir, int run) {
            super(resultsDir + ": run " + run + " has other columns than the runs already saved there (they were"
                    + " made by a version of the tool whose model reports other metrics); start a new folder with"
                    + " --out, or delete this one and run again");
        }
    }
}
