package cn.enforceflow.identity.internal;

/**
 * What password sign-in asks before and tells after checking a password: whether the
 * account may try from this address at all, and how the attempt went.
 */
interface SignInGuard {

	/** No limits (unit tests of the password check). */
	SignInGuard NONE = new SignInGuard() {

		@Override
		public void checkNotLocked(String username, String address) {
		}

		@Override
		public void failed(String username, String address) {
		}

		@Override
		public void succeeded(String username, String address) {
		}

	};

	/**
	 * @throws SignInLockedException when the account is locked at this address, or the
	 * address is
	 */
	void checkNotLocked(String username, String address);

	/** A wrong password, or an account that does not exist. */
	void failed(String username, String address);

	/** The right password: the account's failures at this address are forgotten. */
	void succeeded(String username, String address);

}
