package org.scoexplorer.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.scoexplorer.service.RecordRef;

/**
 * Browser-like history of the records the user opened: open pushes, back and forward move, a new
 * open after going back drops the forward entries. The views follow {@link #currentProperty()}.
 */
public final class NavigationModel {
    /** Bounded so a day-long session does not grow without end. */
    static final int MAX_HISTORY = 200;

    private final ReadOnlyObjectWrapper<RecordRef> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private final Deque<RecordRef> back = new ArrayDeque<>();
    private final Deque<RecordRef> forward = new ArrayDeque<>();

    /** Opens a record; opening the one already shown changes nothing. */
    public void open(RecordRef ref) {
        if (ref == null || ref.equals(current.get())) {
            return;
        }
        if (current.get() != null) {
            back.push(current.get());
            if (back.size() > MAX_HISTORY) {
                back.removeLast();
            }
        }
        forward.clear();
        current.set(ref);
        update();
    }

    /**
     * Shows a record in place of the current one, without a new history entry: for moving through a
     * table with the arrow keys, where every row would otherwise become a step of Back.
     */
    public void replace(RecordRef ref) {
        if (ref == null || ref.equals(current.get())) {
            return;
        }
        current.set(ref);
        update();
    }

    public void back() {
        if (back.isEmpty()) {
            return;
        }
        forward.push(current.get());
        current.set(back.pop());
        update();
    }

    public void forward() {
        if (forward.isEmpty()) {
            return;
        }
        back.push(current.get());
        current.set(forward.pop());
        update();
    }

    /** Forgets everything (a new dataset was opened: its records may not exist any more). */
    public void reset() {
        back.clear();
        forward.clear();
        current.set(null);
        update();
    }

    private void update() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }

    public ReadOnlyObjectProperty<RecordRef> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public RecordRef getCurrent() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }
}
