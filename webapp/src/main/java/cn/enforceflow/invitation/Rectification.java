package cn.enforceflow.invitation;

import java.util.List;

/**
 * The enterprise's report on one hazard: what it did, with the evidence it uploaded.
 */
public record Rectification(String itemCode, String description, List<String> attachmentIds) {

	public Rectification {
		attachmentIds = (attachmentIds != null) ? List.copyOf(attachmentIds) : List.of();
	}

}
