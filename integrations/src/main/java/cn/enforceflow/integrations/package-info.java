/**
 * Adapters to systems outside EnforceFlow (identity provider, mail, storage, provincial
 * platform).
 */
package cn.enforceflow.integrations;
