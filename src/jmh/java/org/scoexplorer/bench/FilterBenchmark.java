package org.scoexplorer.bench;

import java.util.Comparator;
import javafx.collections.transformation.SortedList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.ui.ExplorerData;
import org.scoexplorer.ui.common.FilteredRecords;
import org.scoexplorer.ui.directory.DirectoryViewModel;
import org.scoexplorer.ui.documents.DocumentsViewModel;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One keystroke in a table's filter field: the view model's filter runs, and the sorted list the
 * table shows is updated (as the TableView's SortedList does, here sorted by the first column, as
 * after a click on its header). Each call types the next character
 * of a query, then deletes back to empty, then starts again, so additions and deletions both count.
 * The Directory is the largest list (people, organisations, places, themes); Documents the widest
 * rows. The JavaFX collections run without the toolkit.
 */
public class FilterBenchmark extends SampledBenchmark {
    private static final String TYPED = "tashkent rail";

    @Param({"directory", "documents"})
    public String list;

    private FilteredRecords<?> records;
    private SortedList<?> table;

    private static <T> SortedList<T> sortedBy(FilteredRecords<T> records, java.util.function.Function<T, String> column) {
        return new SortedList<>(records.shown(), Comparator.comparing(column));
    }
    private int step;

    @Setup
    public void setUp() {
        DatasetIndex index = ScaledData.index(scale);
        if (list.equals("directory")) {
            DirectoryViewModel model = new DirectoryViewModel();
            model.setData(index, ExplorerData.of(index).references());
            records = model.records();
            table = sortedBy(model.records(), e -> e.name());
        } else {
            DocumentsViewModel model = new DocumentsViewModel(new SimpleObjectProperty<>());
            model.setData(index);
            records = model.records();
            table = sortedBy(model.records(), d -> d.title());
        }
    }

    @Benchmark
    public int keystroke() {
        // 0..13 types one more character, 14..26 deletes one, back to empty
        int n = TYPED.length();
        int at = step % (2 * n);
        int length = at <= n ? at : 2 * n - at;
        step++;
        records.textProperty().set(TYPED.substring(0, length));
        return table.size();
    }
}
