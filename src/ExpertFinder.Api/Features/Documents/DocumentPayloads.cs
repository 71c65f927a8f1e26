using ExpertFinder.Api.Writes;

namespace ExpertFinder.Api.Features.Documents;

public sealed class CreateDocumentPayloadType() : PayloadType("CreateDocumentPayload", Entity<DocumentType>("document", "The new document."));

public sealed class UpdateDocumentPayloadType() : PayloadType("UpdateDocumentPayload", Entity<DocumentType>("document", "The document as changed."));

public sealed class DeleteDocumentPayloadType() : PayloadType("DeleteDocumentPayload", Entity<DocumentType>("document", "The document as it was."), DeletedId());
