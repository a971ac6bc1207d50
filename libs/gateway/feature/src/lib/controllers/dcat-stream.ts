import { Logger } from '@nestjs/common';
import type { Response } from 'express';

import type { DcatCatalogPage } from '@bma-kpi/contracts-catalog';

const logger = new Logger('DcatStream');

function write(res: Response, chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (res.write(chunk)) {
      resolve();
    } else {
      res.once('drain', () => resolve());
    }
  });
}

/**
 * Writes the DCAT JSON-LD document page by page: the catalog node of the first page, then every
 * page's datasets inside its `dcat:dataset` array. A failure of the first page is thrown, so the
 * client gets a problem+json reply. A failure after the headers are sent can only abort the
 * response, so the client sees a truncated document and the error is logged.
 */
export async function streamDcatCatalog(res: Response, fetchPage: (afterSlug: string | undefined) => Promise<DcatCatalogPage>): Promise<void> {
  let page = await fetchPage(undefined);
  const catalogJson = JSON.stringify(page.catalog);

  res.status(200).setHeader('content-type', 'application/ld+json; charset=utf-8');
  await write(res, `${catalogJson.slice(0, -1)}${catalogJson === '{}' ? '' : ','}"dcat:dataset":[`);
  try {
    for (let first = true; ; first = false) {
      if (page.datasets.length > 0) {
        await write(res, `${first ? '' : ','}${page.datasets.map((node) => JSON.stringify(node)).join(',')}`);
      }
      if (page.nextAfterSlug === null) {
        break;
      }
      page = await fetchPage(page.nextAfterSlug);
    }
    res.end(']}');
  } catch (error) {
    logger.error({ err: error }, 'DCAT export failed after the response started; the client receives a truncated document');
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
