package org.spotspec.ui.sso;

/** An IAM Identity Center dialog: shown while its model is active, closed without cancelling when it ends. */
interface SsoDialog {
    void show();

    /** The model's step ended (done, refused or cancelled): the dialog goes without cancelling anything. */
    void closeItself();
}
