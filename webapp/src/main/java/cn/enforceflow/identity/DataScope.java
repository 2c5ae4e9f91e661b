package cn.enforceflow.identity;

/**
 * The data a role reaches, beyond what a person takes part in themselves (see
 * {@link Authorization#scopesOf(UserProfile)}).
 */
public enum DataScope {

	/** An enterprise's own requests, documents and cases (企业经办人). */
	OWN_ENTERPRISE,

	/** The work of the person's own enforcement department (officers, dispatchers, …). */
	OWN_DEPARTMENT,

	/**
	 * 司法局: supervision of every enforcement department, and the clues it registers.
	 */
	JUSTICE_BUREAU,

	/** 纪委监委: the clues referred to it. */
	DISCIPLINE_COMMISSION,

	/** Administrators: configuration and the engine, not the content of clues. */
	SYSTEM

}
