-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "digestOn" DATE,
ADD COLUMN     "lastStatusCode" INTEGER;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "inInbox" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "DeliveryAttempt" (
    "id" UUID NOT NULL,
    "deliveryId" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "statusCode" INTEGER,
    "error" TEXT,
    "durationMs" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recipient" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "agencyCode" TEXT,
    "audiences" TEXT[],
    "email" TEXT,
    "language" TEXT NOT NULL DEFAULT 'th',
    "dailyDigest" BOOLEAN NOT NULL DEFAULT false,
    "mutedKinds" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Recipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" UUID NOT NULL,
    "recipientId" TEXT NOT NULL,
    "agencyCode" TEXT NOT NULL DEFAULT '*',
    "kind" TEXT NOT NULL DEFAULT '*',
    "channel" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL,
    "recipientId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "kinds" TEXT[],
    "agencyCodes" TEXT[],
    "secret" TEXT NOT NULL,
    "previousSecret" TEXT,
    "previousSecretUntil" TIMESTAMPTZ(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "secretRotatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderIssue" (
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "agencyCode" TEXT,
    "period" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "sendOn" DATE NOT NULL,
    "recipients" INTEGER NOT NULL,
    "issuedBy" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderIssue_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "leaseUntil" TIMESTAMPTZ(3) NOT NULL,
    "lastRunOn" DATE,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryAttempt_deliveryId_attempt_key" ON "DeliveryAttempt"("deliveryId", "attempt");

-- CreateIndex
CREATE INDEX "Recipient_agencyCode_idx" ON "Recipient"("agencyCode");

-- CreateIndex
CREATE INDEX "Subscription_kind_agencyCode_idx" ON "Subscription"("kind", "agencyCode");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_recipientId_agencyCode_kind_channel_key" ON "Subscription"("recipientId", "agencyCode", "kind", "channel");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_recipientId_idx" ON "WebhookEndpoint"("recipientId");

-- CreateIndex
CREATE INDEX "ReminderIssue_sendOn_idx" ON "ReminderIssue"("sendOn");

-- CreateIndex
CREATE INDEX "Delivery_createdAt_idx" ON "Delivery"("createdAt");

-- AddForeignKey
ALTER TABLE "DeliveryAttempt" ADD CONSTRAINT "DeliveryAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;
