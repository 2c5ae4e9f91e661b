/**
 * Identity: the people who use EnforceFlow, their roles, their organisation, and how they
 * sign in.
 */
package cn.enforceflow.identity;
