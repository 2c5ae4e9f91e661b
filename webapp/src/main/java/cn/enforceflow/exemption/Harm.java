package cn.enforceflow.exemption;

/** 危害后果: how the violation harmed. */
public enum Harm {

	/** 无危害后果. */
	NONE,

	/** 危害后果轻微. */
	MINOR,

	/** 危害后果较重. */
	SERIOUS

}
