/**
 * Themes: each folder under {@code themes/} holds a manifest ({@code theme.properties}), a
 * Facelets layout and its CSS and images. A site names its theme; switching needs no restart.
 */
package vn.edu.portal.theme;
