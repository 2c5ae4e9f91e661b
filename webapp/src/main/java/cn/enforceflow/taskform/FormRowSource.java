package cn.enforceflow.taskform;

import java.util.List;

/**
 * Lists the rows of the rows fields whose schema names it as {@code rowsSource}, e.g. the
 * inspection items of the case. Implement it as a bean in the capability that owns the
 * data.
 */
public interface FormRowSource {

	/** The name schemas use, unique among the row sources. */
	String name();

	/** The rows for this user and case, in the order shown; keys unique. */
	List<FormRow> rows(FormContext context);

}
