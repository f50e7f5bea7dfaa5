/**
 * Agreements stored through the API: each change a new revision (body, sender, time received), retiring one a retired
 * revision, none ever overwritten; only the regional commission (coordinator) and an admin write them, and every
 * change is in the audit log. The body is opaque JSON here; reading it as an agreement is the server's job.
 */
package org.riparian.store.agreement;
