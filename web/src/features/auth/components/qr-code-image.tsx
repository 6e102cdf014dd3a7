import { Image, Skeleton } from '@mantine/core';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

const QR_SIZE = 220;

type QrCodeImageProps = { value: string; alt: string };

/** Draws a QR code locally (nothing leaves the browser) as a PNG data URL. */
export const QrCodeImage = ({ value, alt }: QrCodeImageProps) => {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    toDataURL(value, { margin: 1, width: QR_SIZE, errorCorrectionLevel: 'M' })
      .then((url) => isCurrent && setDataUrl(url))
      .catch(() => isCurrent && setDataUrl(null));
    return () => {
      isCurrent = false;
    };
  }, [value]);
  if (!dataUrl) {
    return <Skeleton w={QR_SIZE} h={QR_SIZE} />;
  }
  return <Image src={dataUrl} alt={alt} w={QR_SIZE} h={QR_SIZE} data-testid="totp-enrolment-qr" />;
};
