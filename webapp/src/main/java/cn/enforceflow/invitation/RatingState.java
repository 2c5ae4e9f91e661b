package cn.enforceflow.invitation;

/** How the rating of a closed invitation ended. */
public enum RatingState {

	/** 已评价: a score from 1 to 5. */
	RATED,

	/** 未评价: the enterprise chose not to rate. */
	NOT_RATED,

	/** 未评价: the rating period ended without a rating; not a breach. */
	EXPIRED

}
