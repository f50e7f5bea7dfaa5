/** The audit log: who changed what and when, one row per change, never edited. */
package org.riparian.store.audit;
