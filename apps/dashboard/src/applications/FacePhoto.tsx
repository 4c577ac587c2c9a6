import PhotoCameraOutlinedIcon from '@mui/icons-material/PhotoCameraOutlined';
import { Box, Button, Link, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationView } from '@outreach/domain/applications';
import { useNotify } from 'react-admin';
import { useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { facePhotoUrl } from '../providers/methods/applications';
import { useScopedT } from '../common/useScopedT';

const useT = () => useScopedT('applications');

/**
 * The phone's camera or a file as the face photo (顔写真): `accept="image/*"` with `capture` opens the rear camera on a
 * phone, a file chooser elsewhere. The label is the button, so it is one tap.
 */
export function FacePhotoPicker({ label, onPick, disabled, error }: { label: string; onPick: (file: File) => void; disabled?: boolean; error?: string }) {
  const t = useT();
  return (
    <Box>
      <Button component="label" variant="outlined" size="small" startIcon={<PhotoCameraOutlinedIcon />} disabled={disabled}>
        {label}
        <input
          hidden
          type="file"
          accept="image/*"
          capture="environment"
          aria-label={t('facePhoto')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onPick(file);
          }}
        />
      </Button>
      <Typography variant="caption" color={error ? 'error' : 'text.secondary'} sx={{ display: 'block' }}>
        {error ?? t('facePhotoHint')}
      </Typography>
    </Box>
  );
}

/** The thumbnail, for those who see the application's personal fields (the API records each view); a link to the full photo. */
export function FacePhotoThumb({ programId, application }: { programId: string; application: ApplicationView }) {
  const t = useT();
  if (!application.facePhoto || !application.personal) return null;
  const alt = t('facePhotoAlt', { name: application.personal.name });
  return (
    <Link href={facePhotoUrl(programId, application.id, 'full')} target="_blank" rel="noopener" sx={{ display: 'inline-block', lineHeight: 0 }}>
      <Box component="img" src={facePhotoUrl(programId, application.id)} alt={alt} sx={{ width: 60, height: 80, objectFit: 'cover', borderRadius: 1, border: 1, borderColor: 'divider' }} />
    </Link>
  );
}

/** Attaching or replacing the photo of an entered application (not once it went to the city or its data was deleted). */
export function AttachFacePhoto({ programId, application, invalidate }: { programId: string; application: ApplicationView; invalidate: unknown[] }) {
  const t = useT();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const queryClient = useQueryClient();
  const attach = useMutation({
    mutationFn: (file: File) => dataProvider.attachFacePhoto(programId, application.id, file),
    onSuccess: async () => {
      notify('app.applications.facePhotoAttached', { type: 'success', messageArgs: { name: application.personal?.name ?? '' } });
      await queryClient.invalidateQueries({ queryKey: invalidate });
    },
  });
  if (!application.personal || application.handOverBatchId) return null;
  const error = attach.error ? (fieldErrorsOf(attach.error)?.file ?? errorMessage(attach.error)) : undefined;
  return <FacePhotoPicker label={application.facePhoto ? t('facePhotoReplace') : t('facePhotoPick')} onPick={(file) => attach.mutate(file)} disabled={attach.isPending} error={error} />;
}
