package org.w3id.koujing.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Sorts more records than memory holds, and gives each once: records are gathered up to a memory
 * budget, sorted and spilled to a temporary file as a run; the runs are then merged k ways. A sort
 * that fits in the budget never touches the disk. A record is a fixed number of strings; two records
 * the order finds equal are one record.
 */
public final class ExternalSort implements AutoCloseable {

    /** Memory for the records gathered before a run is spilled: a few such sorts fit in a 1 GB heap. */
    public static final long DEFAULT_BUDGET = 48L << 20;

    private final Comparator<String[]> order;
    private final long budget;
    private final List<Path> runs = new ArrayList<>();
    private final List<DataInputStream> open = new ArrayList<>();
    private List<String[]> buffer = new ArrayList<>();
    private long buffered;
    private boolean merging;

    public ExternalSort(Comparator<String[]> order) {
        this(order, DEFAULT_BUDGET);
    }

    /** @param budget the bytes of records (estimated) gathered before a run is spilled */
    public ExternalSort(Comparator<String[]> order, long budget) {
        this.order = order;
        this.budget = budget;
    }

    public void add(String... record) {
        if (merging) {
            throw new IllegalStateException("records added after the sort began to give them back");
        }
        buffer.add(record);
        buffered += 48; // the array and the list's reference
        for (String field : record) {
            buffered += 48 + field.length();
        }
        if (buffered >= budget) {
            spill();
        }
    }

    /** The number of runs spilled to disk so far. */
    public int runs() {
        return runs.size();
    }

    /** The records in order, each once; the sort can give them back only once. */
    public Iterator<String[]> sorted() {
        merging = true;
        List<String[]> last = distinct(buffer);
        buffer = List.of();
        List<Iterator<String[]>> sources = new ArrayList<>();
        sources.add(last.iterator());
        for (Path run : runs) {
            sources.add(read(run));
        }
        return sources.size() == 1 ? sources.get(0) : new Merge(sources);
    }

    private void spill() {
        List<String[]> run = distinct(buffer);
        buffer = new ArrayList<>();
        buffered = 0;
        try {
            Path file = Files.createTempFile("koujing-sort-", ".run");
            runs.add(file);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                for (String[] record : run) {
                    out.writeInt(record.length);
                    for (String field : record) {
                        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                        out.writeInt(bytes.length);
                        out.write(bytes);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary file to sort the export: " + e.getMessage(), e);
        }
    }

    private List<String[]> distinct(List<String[]> records) {
        records.sort(order);
        List<String[]> out = new ArrayList<>(records.size());
        for (String[] r : records) {
            if (out.isEmpty() || order.compare(out.get(out.size() - 1), r) != 0) {
                out.add(r);
            }
        }
        return out;
    }

    private Iterator<String[]> read(Path run) {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open.add(in);
        return new Lookahead() {
            @Override
            String[] advance() {
                try {
                    int fields = in.readInt();
                    String[] record = new String[fields];
                    for (int i = 0; i < fields; i++) {
                        byte[] bytes = new byte[in.readInt()];
                        in.readFully(bytes);
                        record[i] = new String(bytes, StandardCharsets.UTF_8);
                    }
                    return record;
                } catch (EOFException e) {
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The k-way merge of sorted sources, dropping a record equal to the one before it. */
    /** An iterator that reads one record ahead: {@link #advance} gives the next, or null at the end. */
    private abstract static class Lookahead implements Iterator<String[]> {
        private String[] next;
        private boolean started;

        abstract String[] advance();

        @Override
        public boolean hasNext() {
            if (!started) {
                next = advance();
                started = true;
            }
            return next != null;
        }

        @Override
        public String[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String[] r = next;
            next = advance();
            return r;
        }
    }

    private final class Merge extends Lookahead {
        private record Head(String[] record, Iterator<String[]> rest) {
        }

        private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> order.compare(a.record(), b.record()));
        private String[] last;

        Merge(List<Iterator<String[]>> sources) {
            for (Iterator<String[]> s : sources) {
                if (s.hasNext()) {
                    heads.add(new Head(s.next(), s));
                }
            }
        }

        @Override
        String[] advance() {
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                if (h.rest().hasNext()) {
                    heads.add(new Head(h.rest().next(), h.rest()));
                }
                if (last == null || order.compare(last, h.record()) != 0) {
                    last = h.record();
                    return last;
                }
            }
            return null;
        }
    }

    /** Closes the runs and deletes their files. */
    @Override
    public void close() {
        for (DataInputStream in : open) {
            try {
                in.close();
            } catch (IOException e) {
                // a temporary file we are about to delete
            }
        }
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                run.toFile().deleteOnExit();
            }
        }
        runs.clear();
    }
}
