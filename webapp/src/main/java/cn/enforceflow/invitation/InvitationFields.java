package cn.enforceflow.invitation;

/**
 * The limits of the invitation's free-text fields, in characters: the one source that the
 * step forms ({@code forms/invitation/*.json}), the API and the services all keep
 * (InvitationFieldLimitsTests holds them together). The columns hold that many characters
 * on every database.
 */
public final class InvitationFields {

	public static final int SITE_ADDRESS = 255;

	public static final int CONTACT_NAME = 64;

	public static final int CONTACT_PHONE = 32;

	public static final int DESCRIPTION = 2000;

	/** 不予受理、撤回、未约定、变更检查日期 and the like: a reason. */
	public static final int REASON = 500;

	public static final int HAZARD_DESCRIPTION = 2000;

	public static final int LEGAL_BASIS = 500;

	public static final int ADVICE = 2000;

	public static final int RECTIFICATION = 2000;

	public static final int RATING_COMMENT = 500;

	/** The lowest score of a rating. */
	public static final int SCORE_MIN = 1;

	/** The highest score of a rating. */
	public static final int SCORE_MAX = 5;

	private InvitationFields() {
	}

}
