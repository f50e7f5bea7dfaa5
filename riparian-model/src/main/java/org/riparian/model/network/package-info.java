/** The immutable basin network: nodes of each kind, the links between them and the topology rules they obey. */
package org.riparian.model.network;
