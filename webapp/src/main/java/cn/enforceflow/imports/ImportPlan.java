package cn.enforceflow.imports;

import java.util.List;

/**
 * What importing a checked file would do: the items to add and those to change. Items the
 * file holds unchanged, and items it does not mention, are left alone.
 */
public record ImportPlan<T>(List<T> toAdd, List<T> toChange) {

	public ImportPlan {
		toAdd = List.copyOf(toAdd);
		toChange = List.copyOf(toChange);
	}

	public boolean changesNothing() {
		return this.toAdd.isEmpty() && this.toChange.isEmpty();
	}

}
