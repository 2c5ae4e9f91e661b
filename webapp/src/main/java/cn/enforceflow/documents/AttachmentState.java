package cn.enforceflow.documents;

/**
 * Where an attachment stands in the step it belongs to.
 */
public enum AttachmentState {

	/** Uploaded while the step is open; its uploader may still delete it. */
	DRAFT,

	/** Handed in with the step's form: evidence of the case, kept as it is. */
	SUBMITTED

}
