// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The web application and JSON API over one knowledge base, served by Javalin. Every piece of
 * article text is escaped before it reaches a page; pages carry no script and a strict
 * Content-Security-Policy.
 */
@NullMarked
package io.dossier.server;

import org.jspecify.annotations.NullMarked;
