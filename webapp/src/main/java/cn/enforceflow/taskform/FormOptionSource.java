package cn.enforceflow.taskform;

import java.util.List;

/**
 * Lists the options of the select, radio and user fields whose schema names it as
 * {@code source}. Implement it as a bean in the capability that owns the data; a schema
 * naming a source that no bean provides fails when the form is prepared.
 */
public interface FormOptionSource {

	/** The name schemas use, unique among the sources. */
	String name();

	/**
	 * The options for this user and case, in the order shown. The submitted value must be
	 * one of them.
	 */
	List<FormOption> options(FormContext context);

}
