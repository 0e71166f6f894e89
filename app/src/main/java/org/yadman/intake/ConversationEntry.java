package org.yadman.intake;

/** One message as the submitter's return page shows it: replies decrypted, their own messages by hash and proof. */
public record ConversationEntry(long messageId, String author, String createdAt, String text, String sha256, int files) {
    public boolean fromInvestigator() {
        return author.equals("investigator");
    }
}
