/** A whole basin as a file describes it: the network, named hydrologies and scenarios, and how a run prepares them. */
package org.riparian.model.basin;
