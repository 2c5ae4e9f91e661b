/**
 * Outgoing mail over SMTP.
 */
package cn.enforceflow.integrations.mail;
