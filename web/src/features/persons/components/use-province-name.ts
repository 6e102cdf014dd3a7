import { useCallback } from 'react';
import { useProvinceOptions } from '../../geo/api';

/** Returns a function naming a province of today's structure by its code (the code itself until names load). */
export const useProvinceName = (): ((code: string) => string) => {
  const provinces = useProvinceOptions('current');
  const data = provinces.data;
  return useCallback(
    (code: string) => data?.find((province) => province.code === code)?.fullName ?? code,
    [data],
  );
};
