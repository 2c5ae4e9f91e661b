package cn.enforceflow.imports;

import java.util.List;

/**
 * A catalog the {@link ImportService} imports into and exports from: its columns, how a
 * row becomes an item (or the row's errors), how a checked set of items is planned and
 * applied, and the rows an export writes.
 *
 * @param <T> the catalog's item
 */
public interface ImportTarget<T> {

	/**
	 * The target's name in jobs and in the audit trail, e.g. {@code violation-matters};
	 * at most 64 characters.
	 */
	String name();

	/** The base of an exported file's name, e.g. {@code 违法事项目录}. */
	String exportName();

	/** The columns in the order an export writes them. */
	List<ImportColumn> columns();

	/** The key of the column whose value is unique in a file (the code). */
	String keyColumn();

	/** An item of a row, or null after rejecting what is wrong with it. */
	T parse(ImportRow row, RowErrors errors);

	/** The value of the key column of an item. */
	String keyOf(T item);

	/** A short label of an item for a preview (its name). */
	String labelOf(T item);

	/** Which items of a checked file are new and which change a stored one. */
	ImportPlan<T> plan(List<T> items);

	/**
	 * Stores a plan. Called in the import's one transaction, which also records the job
	 * and the audit entry.
	 */
	void apply(ImportPlan<T> plan);

	/**
	 * Every stored item as the cells of a row, in the order of {@link #columns()},
	 * written as {@link #parse} reads them back.
	 */
	List<List<String>> exportRows();

}
