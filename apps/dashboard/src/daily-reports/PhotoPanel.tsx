import CheckIcon from '@mui/icons-material/Check';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import DeleteIcon from '@mui/icons-material/Delete';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import UndoIcon from '@mui/icons-material/Undo';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardActions,
  CardContent,
  CardMedia,
  Checkbox,
  Chip,
  FormControlLabel,
  FormHelperText,
  LinearProgress,
  Link,
  TextField,
  Typography,
} from '@mui/material';
import { type ChangeEvent, type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { Button, Confirm, useNotify, useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { desktopOnly } from '../common/desktopOnly';
import { visuallyHidden } from '../common/visuallyHidden';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { useAppDataProvider } from '../providers/dataProvider';
import { photoUrl, thumbnailUrl } from './photoUrl';
import { photoFileProblem } from './photoFile';
import type { PhotoView } from '@outreach/domain/daily-reports';

interface PhotoPanelProps {
  reportId: string;
  photos: PhotoView[];
  /** The vendor may add, caption, check and delete photos (the report is a draft or returned). */
  editable: boolean;
  /** The city may approve or reject photos. */
  canReview: boolean;
  onPhotos: (update: (photos: PhotoView[]) => PhotoView[]) => void;
  /** The API's message about the photos after 提出. */
  error?: string;
}

/**
 * The file input inside a label (the label opens it): visually hidden but present, since some phone browsers do not
 * open a `hidden` input from its label. `accept="image/*"` lets the phone offer its photos (the API still checks the
 * bytes); `camera` adds `capture`, which opens the back camera instead of the gallery.
 */
function PhotoInput({ onFiles, camera = false }: { onFiles: (files: FileList | null) => void; camera?: boolean }) {
  return (
    <Box
      component="input"
      type="file"
      accept="image/*"
      multiple={!camera}
      capture={camera ? 'environment' : undefined}
      data-camera={camera || undefined}
      sx={visuallyHidden}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        onFiles(event.target.files);
        event.target.value = '';
      }}
    />
  );
}

interface Upload {
  key: string;
  name: string;
  preview: string;
  progress: number;
}

/**
 * 活動写真: a drop zone (or the file picker) uploading each picture with its progress, then one card per photo
 * with its thumbnail, caption and the required check 「申請者の顔や個人情報が判別できない」; the city approves or
 * rejects each one.
 */
export function PhotoPanel({ reportId, photos, editable, canReview, onPhotos, error }: PhotoPanelProps) {
  const translate = useTranslate();
  const api = useAppDataProvider();
  const notify = useNotify();
  const titleId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);

  // Previews are object URLs: released when the upload is done or the panel goes away.
  const uploadsRef = useRef(uploads);
  uploadsRef.current = uploads;
  useEffect(() => () => uploadsRef.current.forEach((u) => URL.revokeObjectURL(u.preview)), []);

  const uploadOne = async (file: File) => {
    const problem = photoFileProblem(file);
    if (problem) {
      notify(`app.dailyReports.photos.${problem}`, { type: 'error', messageArgs: { name: file.name } });
      return;
    }
    const upload: Upload = { key: `${file.name}-${Date.now()}-${Math.random()}`, name: file.name, preview: URL.createObjectURL(file), progress: 0 };
    setUploads((list) => [...list, upload]);
    try {
      const photo = await api.uploadPhoto(reportId, file, '', (progress) => setUploads((list) => list.map((u) => (u.key === upload.key ? { ...u, progress } : u))));
      onPhotos((list) => [...list, photo]);
    } catch (e) {
      const message = fieldErrorsOf(e)?.file ?? errorMessage(e);
      notify(`${file.name}: ${translate(message, { _: message })}`, { type: 'error' });
    } finally {
      URL.revokeObjectURL(upload.preview);
      setUploads((list) => list.filter((u) => u.key !== upload.key));
    }
  };

  const uploadAll = (files: FileList | null) => {
    if (!files) return;
    // One after another: a phone's batch of photos should not open ten connections at once.
    void Array.from(files).reduce<Promise<void>>((previous, file) => previous.then(() => uploadOne(file)), Promise.resolve());
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (editable) uploadAll(event.dataTransfer.files);
  };

  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined">
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Box>
          <Typography id={titleId} component="h2" variant="h6">
            {translate('app.dailyReports.photos.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('app.dailyReports.photos.intro')}
          </Typography>
        </Box>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        {editable && (
          // The whole zone is the file input's label: a tap anywhere on it opens the picker on a phone, where
          // nothing can be dragged. 「写真を撮る」 is a second input that opens the camera directly.
          <Box
            component="label"
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            data-testid="photo-drop-zone"
            sx={{
              border: 2,
              borderStyle: 'dashed',
              borderColor: dragging ? 'primary.main' : 'divider',
              bgcolor: dragging ? 'action.hover' : 'transparent',
              borderRadius: 1,
              p: 2,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              gap: 1.5,
              flexWrap: 'wrap',
              textAlign: 'center',
              cursor: 'pointer',
              '&:focus-within': { outline: 3, outlineColor: 'warning.main', outlineOffset: 2 },
            }}
          >
            <CloudUploadIcon color="action" />
            <Typography variant="body2" sx={desktopOnly}>
              {translate('app.dailyReports.photos.drop')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={desktopOnly}>
              {translate('app.dailyReports.photos.or')}
            </Typography>
            {/* Looks like a button; the focusable control is the file input itself (no second tab stop, no nesting). */}
            <MuiButton component="span" role="none" tabIndex={-1} variant="outlined" startIcon={<FolderOpenIcon />} sx={{ whiteSpace: 'nowrap' }}>
              {translate('app.dailyReports.photos.pick')}
            </MuiButton>
            <PhotoInput onFiles={uploadAll} />
            <Typography variant="caption" color="text.secondary" sx={{ width: '100%' }}>
              {translate('app.dailyReports.photos.accepted')}
            </Typography>
          </Box>
        )}
        {editable && (
          <MuiButton
            component="label"
            role="none"
            tabIndex={-1}
            variant="contained"
            startIcon={<PhotoCameraIcon />}
            sx={{ justifySelf: 'start', whiteSpace: 'nowrap', '&:focus-within': { outline: 3, outlineColor: 'warning.main', outlineOffset: 2 } }}
          >
            {translate('app.dailyReports.photos.camera')}
            <PhotoInput onFiles={uploadAll} camera />
          </MuiButton>
        )}
        {photos.length === 0 && uploads.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.dailyReports.photos.none')}
          </Typography>
        )}
        <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))' }}>
          {photos.map((photo) => (
            <PhotoCard key={photo.id} photo={photo} editable={editable} canReview={canReview} onPhotos={onPhotos} />
          ))}
          {uploads.map((upload) => (
            <Card key={upload.key} variant="outlined" aria-busy="true">
              <CardMedia component="img" image={upload.preview} alt="" sx={{ height: 160, objectFit: 'cover', opacity: 0.6 }} />
              <CardContent>
                <Typography variant="body2" noWrap>
                  {upload.name}
                </Typography>
                <LinearProgress variant="determinate" value={Math.round(upload.progress * 100)} aria-label={upload.name} sx={{ my: 1 }} />
                <Typography variant="caption" color="text.secondary">
                  {translate('app.dailyReports.photos.uploading', { percent: Math.round(upload.progress * 100) })}
                </Typography>
              </CardContent>
            </Card>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}

const REVIEW_COLORS = { pending: 'default', approved: 'success', rejected: 'error' } as const;

function PhotoCard({ photo, editable, canReview, onPhotos }: { photo: PhotoView } & Pick<PhotoPanelProps, 'editable' | 'canReview' | 'onPhotos'>) {
  const translate = useTranslate();
  const api = useAppDataProvider();
  const notify = useNotify();
  const [caption, setCaption] = useState(photo.caption ?? '');
  const [captionError, setCaptionError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const checkId = useId();
  const replace = (next: PhotoView) => onPhotos((list) => list.map((p) => (p.id === next.id ? next : p)));

  // Caption and check are saved one request at a time, each sending the latest of both, so a blur and a click
  // in quick succession cannot land in the wrong order.
  const latest = useRef({ photo, caption });
  latest.current = { photo, caption };
  const queue = useRef<Promise<void>>(Promise.resolve());
  const queued = useRef(0);
  const persist = () => {
    queued.current++;
    queue.current = queue.current.then(async () => {
      const { photo: current, caption: text } = latest.current;
      try {
        const saved = await api.updatePhoto(current.id, { caption: text.trim(), confirmedNoPersonalData: current.confirmedNoPersonalData });
        if (queued.current === 1) replace(saved);
        setCaptionError(undefined);
      } catch (e) {
        const errors = fieldErrorsOf(e);
        if (errors?.caption) setCaptionError(errors.caption);
        else notify(errorMessage(e), { type: 'error' });
        // Not saved: the check must be given again.
        replace({ ...latest.current.photo, confirmedNoPersonalData: false });
      } finally {
        queued.current--;
      }
    });
  };

  const setChecked = (checked: boolean) => {
    // Shown at once (and counted by 提出's checks); saved behind.
    latest.current = { ...latest.current, photo: { ...latest.current.photo, confirmedNoPersonalData: checked } };
    replace(latest.current.photo);
    persist();
  };

  const remove = async () => {
    setPending(true);
    try {
      await api.deletePhoto(photo.id);
      onPhotos((list) => list.filter((p) => p.id !== photo.id));
      notify('app.dailyReports.photos.deleted', { type: 'info' });
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setPending(false);
      setDeleting(false);
    }
  };

  const review = async (decision: 'approve' | 'reject', reason?: string) => {
    setPending(true);
    try {
      replace(await api.reviewPhoto(photo.id, decision, reason));
      notify(decision === 'approve' ? 'app.dailyReports.photos.approved' : 'app.dailyReports.photos.rejected', { type: 'success' });
      setRejecting(false);
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Card variant="outlined" data-testid="photo-card" sx={{ display: 'flex', flexDirection: 'column' }}>
      <Link href={photoUrl(photo.id)} target="_blank" rel="noopener" aria-label={translate('app.dailyReports.photos.open')}>
        <CardMedia component="img" image={thumbnailUrl(photo.id)} alt={photo.caption ?? ''} loading="lazy" sx={{ height: 160, objectFit: 'cover', bgcolor: 'grey.100' }} />
      </Link>
      <CardContent sx={{ display: 'grid', gap: 1, flexGrow: 1, pb: 1 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Chip size="small" color={REVIEW_COLORS[photo.reviewStatus]} label={translate(`app.dailyReports.photos.review.${photo.reviewStatus}`)} />
          <Typography variant="caption" color="text.secondary">
            {photo.width}×{photo.height}
          </Typography>
        </Box>
        {photo.reviewStatus === 'rejected' && photo.rejectReason && (
          <Typography variant="body2" color="error">
            {photo.rejectReason}
          </Typography>
        )}
        {editable ? (
          <TextField
            size="small"
            label={translate('app.dailyReports.photos.caption')}
            value={caption}
            onChange={(event) => setCaption(event.target.value)}
            onBlur={() => {
              if (caption.trim() !== (photo.caption ?? '')) persist();
            }}
            error={captionError !== undefined}
            helperText={captionError}
          />
        ) : (
          photo.caption && <Typography variant="body2">{photo.caption}</Typography>
        )}
        <Box>
          <FormControlLabel
            control={
              <Checkbox
                id={checkId}
                size="small"
                checked={photo.confirmedNoPersonalData}
                disabled={!editable || pending}
                onChange={(event) => setChecked(event.target.checked)}
              />
            }
            label={<Typography variant="body2">{translate('app.dailyReports.photos.confirm')}</Typography>}
          />
          {editable && !photo.confirmedNoPersonalData && (
            <FormHelperText error sx={{ mt: -0.5 }}>
              {translate('app.dailyReports.photos.confirmRequired')}
            </FormHelperText>
          )}
        </Box>
      </CardContent>
      {(editable || canReview) && (
        <CardActions sx={{ justifyContent: 'flex-end', pt: 0 }}>
          {canReview && photo.reviewStatus !== 'approved' && (
            <Button label="app.dailyReports.photos.approve" onClick={() => void review('approve')} disabled={pending}>
              <CheckIcon />
            </Button>
          )}
          {canReview && photo.reviewStatus !== 'rejected' && (
            <Button label="app.dailyReports.photos.reject" color="warning" onClick={() => setRejecting(true)} disabled={pending}>
              <UndoIcon />
            </Button>
          )}
          {editable && (
            <Button label="app.dailyReports.photos.delete" color="error" onClick={() => setDeleting(true)} disabled={pending}>
              <DeleteIcon />
            </Button>
          )}
        </CardActions>
      )}
      <Confirm
        isOpen={deleting}
        loading={pending}
        title="app.dailyReports.photos.deleteTitle"
        content="app.dailyReports.photos.deleteConfirm"
        confirm="app.dailyReports.photos.delete"
        confirmColor="warning"
        onConfirm={() => void remove()}
        onClose={() => setDeleting(false)}
      />
      <ReasonDialog
        open={rejecting}
        title="app.dailyReports.photos.rejectTitle"
        label="app.dailyReports.photos.rejectReason"
        confirm="app.dailyReports.photos.reject"
        pending={pending}
        onConfirm={(reason) => void review('reject', reason)}
        onClose={() => setRejecting(false)}
      />
    </Card>
  );
}
