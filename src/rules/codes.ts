/**
 * Every finding code, with a one-line description (used as help text by reporters such as SARIF).
 * Codes are stable: tests, configs and CI annotations refer to them.
 */
export const codes = {
  // any file
  'file.not_found': 'The path does not exist.',
  'file.not_regular': 'The path is not a regular file (FIFO, socket, device or directory); it is never opened.',
  'file.empty': 'The file has no bytes.',
  'file.unreadable': 'The file could not be read (permissions or I/O error).',
  'file.truncated': 'The file ends before its own structure says it should.',
  'file.corrupt': 'The file content is malformed and cannot be probed.',
  'file.unknown_format': 'The content is not a media type the API accepts.',
  'file.extension_mismatch': 'The file name says one format, the content another.',
  'file.probe_failed': 'The probe failed or timed out on this file.',
  // images
  'image.format': 'Image format is not one the API accepts (jpeg, png, webp).',
  'image.side': 'An image side is outside the allowed pixel range.',
  'image.aspect_ratio': 'Image width/height is outside the allowed range.',
  'image.bytes': 'Image file is larger than the allowed size.',
  // videos
  'video.format': 'Video container is not one the API accepts (mp4, mov).',
  'video.no_video_stream': 'The file has no video stream.',
  'video.side': 'A video side is outside the allowed pixel range.',
  'video.aspect_ratio': 'Video width/height is outside the allowed range.',
  'video.frame_pixels': 'Video width x height is outside the allowed frame-pixel range.',
  'video.duration': 'Video clip duration is outside the allowed range.',
  'video.fps': 'Video frame rate is outside the allowed range.',
  'video.variable_frame_rate': 'Video has a variable frame rate; the average is what is checked.',
  'video.bytes': 'Video file is larger than the allowed size.',
  // audio
  'audio.format': 'Audio format is not one the API accepts (mp3, wav).',
  'audio.duration': 'Audio clip duration is outside the allowed range.',
  'audio.bytes': 'Audio file is larger than the allowed size.',
  // requests
  'request.invalid_json': 'The manifest is not valid JSON.',
  'request.schema': 'A request field has the wrong type or shape.',
  'request.unknown_field': 'The request has a field the dialect does not define.',
  'request.count': 'Too many assets of one kind.',
  'request.asset_cap': 'Too many assets in all.',
  'request.kind_mismatch': 'An asset listed as one kind is another kind by content.',
  'request.video_total_duration': 'Video clips together are outside the allowed total duration.',
  'request.audio_total_duration': 'Audio clips together are longer than allowed.',
  'request.video_total_bytes': 'Video clips together are larger than allowed.',
  'request.audio_without_visual': 'Audio is given without any image or video.',
  'request.no_assets': 'No reference assets: this is text-to-video.',
  'request.body_bytes': 'The request body is larger than allowed.',
  'request.inline_data': 'An asset is inlined as data:/base64 instead of a URL.',
  'request.prompt_missing': 'The prompt is missing or empty.',
  'request.prompt_length': 'The prompt is longer than allowed or recommended.',
  'request.prompt_reference_missing': 'The prompt refers to an asset that is not in the request.',
  'request.asset_unreferenced': 'An asset is never referred to in the prompt.',
  'request.duration': 'The output duration is not an allowed value.',
  'request.quality': 'The quality/resolution is not an allowed value.',
  'request.aspect_ratio': 'The aspect ratio is not an allowed value.',
  'request.seed': 'The seed is not an allowed value.',
  'request.callback_url': 'The callback URL is not allowed.',
  'request.model_unavailable': 'The model is announced but not yet available.',
  'request.model_unknown': 'The model is not one this profile serves.',
  'request.path_escapes': 'A local asset path leaves the manifest folder.',
  'request.url_not_checked': 'A URL asset was not probed.',
  'request.asset_missing': 'A local asset named by the request does not exist.',
  'request.field_ignored': 'A field is ignored because another field takes priority.',
} as const satisfies Record<string, string>;

export type Code = keyof typeof codes;
