// The first page of a published report, drawn on a canvas by PDF.js. Loaded lazily (React.lazy), so
// PDF.js and its worker weigh only on a report's page. The page is drawn from the same file the reader
// downloads; glyphs are drawn as paths (disableFontFace) and eval is off, so it works under the api's
// Content-Security-Policy, which allows neither inline fonts from other places nor eval.
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n';

GlobalWorkerOptions.workerSrc = workerUrl;

/** CSS pixels the preview is drawn at; the canvas scales down on a narrow screen. */
const previewWidth = 600;

export default function ReportPreview({ fileUrl }: { fileUrl: string }) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const loading = getDocument({ url: fileUrl, isEvalSupported: false, disableFontFace: true });
    let cancelled = false;
    (async () => {
      const document = await loading.promise;
      const page = await document.getPage(1);
      const scale = previewWidth / page.getViewport({ scale: 1 }).width;
      const viewport = page.getViewport({ scale: scale * window.devicePixelRatio });
      const target = canvas.current;
      if (cancelled || !target) return;
      target.width = viewport.width;
      target.height = viewport.height;
      await page.render({ canvas: target, viewport }).promise;
      if (!cancelled) target.dataset.rendered = 'true';
    })().catch(() => {
      if (!cancelled) setFailed(true);
    });
    return () => {
      cancelled = true;
      void loading.destroy();
    };
  }, [fileUrl]);

  if (failed) return <p>{t('report.previewFailed')}</p>;
  return (
    <figure className="report-preview">
      <canvas ref={canvas} role="img" aria-label={t('report.previewAlt')} />
      <figcaption>{t('report.preview')}</figcaption>
    </figure>
  );
}
