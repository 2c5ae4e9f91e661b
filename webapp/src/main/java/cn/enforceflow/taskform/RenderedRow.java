package cn.enforceflow.taskform;

import java.util.List;

/**
 * One row of a rows field ready to show: the row and its fields.
 *
 * @param id the HTML id of the row's block
 */
public record RenderedRow(FormRow row, String id, List<RenderedField> fields) {

	public RenderedRow {
		fields = List.copyOf(fields);
	}

}
